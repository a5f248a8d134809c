// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The database drivers load from node_modules at run time, never bundled: better-sqlite3 is a
  // native module, and pg has optional native bindings it looks for on its own.
  serverExternalPackages: ['better-sqlite3', 'pg'],
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
