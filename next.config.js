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
          {
            key: 'Permissions-Policy',
            value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
          },
        ],
      },
      {
        // Signed-in answers are one user's: no shared cache or back-forward copy may keep them.
        source: '/api/:path*',
        headers: [{ key: 'Cache-Control', value: 'no-store' }],
      },
    ];
  },
};

module.exports = nextConfig;
