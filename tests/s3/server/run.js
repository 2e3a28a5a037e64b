// Runs the S3-protocol test server (s3rver) on loopback for with-s3.sh: Signature Version 4 is
// checked on every request. The one key pair it accepts is read from the first two lines of
// stdin (key id, secret), so that the secret is on no command line. Usage:
//   node run.js DATA_DIR PORT_FILE BUCKET... < KEYPAIR
// It listens on a port the kernel chooses, writes that port to PORT_FILE once it accepts
// connections, and stops on SIGTERM.
'use strict';

const fs = require('fs');
const path = require('path');

const modules = process.env.HUBSTATE_S3RVER_MODULES || path.join(__dirname, 'node_modules');
const S3rver = require(path.join(modules, '@20minutes', 's3rver'));
const Account = require(path.join(modules, '@20minutes', 's3rver', 'lib', 'models', 'account'));

const [directory, portFile, ...buckets] = process.argv.slice(2);
if (!directory || !portFile || buckets.length === 0) {
    console.error('usage: node run.js DATA_DIR PORT_FILE BUCKET...');
    process.exit(2);
}

const [keyId, secret] = fs.readFileSync(0, 'utf8').split('\n');
if (!keyId || !secret) {
    console.error('run.js: no key pair on stdin');
    process.exit(2);
}
Account.DUMMY_ACCOUNT.revokeAccessKey('S3RVER');
Account.DUMMY_ACCOUNT.createKeyPair(keyId, secret);

// With HUBSTATE_S3RVER_TLS_KEY and _CERT (PEM files) it serves https.
const tls = process.env.HUBSTATE_S3RVER_TLS_KEY
    ? {
          key: fs.readFileSync(process.env.HUBSTATE_S3RVER_TLS_KEY),
          cert: fs.readFileSync(process.env.HUBSTATE_S3RVER_TLS_CERT),
      }
    : {};

const server = new S3rver({
    ...tls,
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: !process.env.HUBSTATE_S3RVER_VERBOSE,
    allowMismatchedSignatures: false,
    configureBuckets: buckets.map((name) => ({ name, configs: [] })),
});

server.run().then(
    (address) => {
        fs.writeFileSync(portFile + '.tmp', String(address.port));
        fs.renameSync(portFile + '.tmp', portFile);
    },
    (error) => {
        console.error('s3rver did not start: ' + error);
        process.exit(1);
    },
);

process.on('SIGTERM', () => server.close().finally(() => process.exit(0)));
