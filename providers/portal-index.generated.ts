// Generated from providers/ by `UPDATE_GENERATED=1 npx vitest run tests/providers/portal-index.test.ts`: do not edit.
// What the in-page guide needs to know which portal a page is on; the facts stay in the background.
import type { PortalEntry } from './portals';

export const PORTAL_INDEX: readonly PortalEntry[] = [
  {
    "id": "meta",
    "name": "Meta",
    "locations": [
      {
        "host": "www.facebook.com",
        "pathPrefix": "/records"
      },
      {
        "host": "facebook.com",
        "pathPrefix": "/records"
      }
    ],
    "urlPageKinds": []
  },
  {
    "id": "google",
    "name": "Google",
    "locations": [
      {
        "host": "lers.google.com"
      }
    ],
    "urlPageKinds": []
  },
  {
    "id": "snap",
    "name": "Snap",
    "locations": [
      {
        "host": "less.snapchat.com"
      },
      {
        "host": "lawenforcement.snapchat.com",
        "pathPrefix": "/emergency"
      }
    ],
    "urlPageKinds": [
      {
        "pattern": "^/emergency(/|$)",
        "kind": "emergency"
      }
    ]
  },
  {
    "id": "x",
    "name": "X",
    "locations": [
      {
        "host": "legalrequests.x.com"
      },
      {
        "host": "legalrequests.twitter.com"
      }
    ],
    "urlPageKinds": []
  },
  {
    "id": "zoom",
    "name": "Zoom",
    "locations": [
      {
        "host": "lers.zoom.us"
      }
    ],
    "urlPageKinds": []
  },
  {
    "id": "microsoft",
    "name": "Microsoft",
    "locations": [
      {
        "host": "leportal.microsoft.com"
      }
    ],
    "urlPageKinds": []
  },
  {
    "id": "apple",
    "name": "Apple",
    "locations": [
      {
        "host": "lep.apple.com"
      }
    ],
    "urlPageKinds": []
  },
  {
    "id": "uber",
    "name": "Uber",
    "locations": [
      {
        "host": "publicsafety.uber.com"
      },
      {
        "host": "lert.uber.com"
      }
    ],
    "urlPageKinds": []
  },
  {
    "id": "airbnb",
    "name": "Airbnb",
    "locations": [
      {
        "host": "www.airbnb.com",
        "pathPrefix": "/lert"
      }
    ],
    "urlPageKinds": []
  },
  {
    "id": "amazon",
    "name": "Amazon",
    "locations": [
      {
        "host": "lawenforcementrequests.amazon.com"
      }
    ],
    "urlPageKinds": []
  },
  {
    "id": "yahoo",
    "name": "Yahoo",
    "locations": [
      {
        "host": "lawenforcementrequests.oath.com"
      }
    ],
    "urlPageKinds": []
  },
  {
    "id": "tiktok",
    "name": "TikTok",
    "locations": [
      {
        "host": "www.tiktok.com",
        "pathPrefix": "/legal/report/lawenforcementrequest"
      }
    ],
    "urlPageKinds": []
  },
  {
    "id": "discord",
    "name": "Discord",
    "locations": [
      {
        "host": "app.kodexglobal.com",
        "kodexTenants": [
          "discord"
        ]
      },
      {
        "host": "app.kodex.us",
        "kodexTenants": [
          "discord"
        ]
      }
    ],
    "urlPageKinds": [
      {
        "pattern": "^/[^/]+/(signin|signup|login)(/|$)",
        "kind": "login"
      }
    ]
  },
  {
    "id": "pinterest",
    "name": "Pinterest",
    "locations": [
      {
        "host": "app.kodexglobal.com",
        "kodexTenants": [
          "pinterest"
        ],
        "confirmed": false
      },
      {
        "host": "app.kodex.us",
        "kodexTenants": [
          "pinterest"
        ],
        "confirmed": false
      }
    ],
    "urlPageKinds": [
      {
        "pattern": "^/[^/]+/(signin|signup|login)(/|$)",
        "kind": "login"
      }
    ]
  },
  {
    "id": "reddit",
    "name": "Reddit",
    "locations": [
      {
        "host": "app.kodexglobal.com",
        "kodexTenants": [
          "reddit"
        ]
      },
      {
        "host": "app.kodex.us",
        "kodexTenants": [
          "reddit"
        ]
      }
    ],
    "urlPageKinds": [
      {
        "pattern": "^/[^/]+/(signin|signup|login)(/|$)",
        "kind": "login"
      }
    ]
  },
  {
    "id": "roblox",
    "name": "Roblox",
    "locations": [
      {
        "host": "app.kodexglobal.com",
        "kodexTenants": [
          "roblox"
        ]
      },
      {
        "host": "app.kodex.us",
        "kodexTenants": [
          "roblox"
        ]
      }
    ],
    "urlPageKinds": [
      {
        "pattern": "^/[^/]+/(signin|signup|login)(/|$)",
        "kind": "login"
      }
    ]
  },
  {
    "id": "coinbase",
    "name": "Coinbase",
    "locations": [
      {
        "host": "app.kodex.us",
        "kodexTenants": [
          "coinbase-us",
          "coinbase-intl"
        ]
      },
      {
        "host": "app.kodex.us",
        "kodexTenants": [
          "coinbase"
        ],
        "confirmed": false
      },
      {
        "host": "app.kodexglobal.com",
        "kodexTenants": [
          "coinbase",
          "coinbase-us",
          "coinbase-intl"
        ],
        "confirmed": false
      }
    ],
    "urlPageKinds": [
      {
        "pattern": "^/[^/]+/(signin|signup|login)(/|$)",
        "kind": "login"
      }
    ]
  },
  {
    "id": "binance",
    "name": "Binance",
    "locations": [
      {
        "host": "www.binance.com",
        "pathPrefix": "/en/support/law-enforcement"
      },
      {
        "host": "app.kodexglobal.com",
        "kodexTenants": [
          "binance"
        ]
      },
      {
        "host": "app.kodexglobal.com",
        "kodexTenants": [
          "binance-fr"
        ],
        "confirmed": false
      },
      {
        "host": "app.kodex.us",
        "kodexTenants": [
          "binance",
          "binance-fr"
        ]
      }
    ],
    "urlPageKinds": [
      {
        "pattern": "^/[^/]+/(signin|signup|login)(/|$)",
        "kind": "login"
      }
    ]
  },
  {
    "id": "linkedin",
    "name": "LinkedIn",
    "locations": [
      {
        "host": "app.kodex.us",
        "kodexTenants": [
          "linkedin"
        ]
      },
      {
        "host": "app.kodexglobal.com",
        "kodexTenants": [
          "linkedin"
        ],
        "confirmed": false
      }
    ],
    "urlPageKinds": [
      {
        "pattern": "^/[^/]+/(signin|signup|login)(/|$)",
        "kind": "login"
      }
    ]
  },
  {
    "id": "kik",
    "name": "Kik",
    "locations": [
      {
        "host": "app.kodexglobal.com",
        "kodexTenants": [
          "kik"
        ]
      },
      {
        "host": "app.kodex.us",
        "kodexTenants": [
          "kik"
        ]
      }
    ],
    "urlPageKinds": [
      {
        "pattern": "^/[^/]+/(signin|signup|login)(/|$)",
        "kind": "login"
      }
    ]
  },
  {
    "id": "okx",
    "name": "OKX",
    "locations": [
      {
        "host": "app.kodexglobal.com",
        "kodexTenants": [
          "okx"
        ]
      },
      {
        "host": "app.kodex.us",
        "kodexTenants": [
          "okx"
        ]
      }
    ],
    "urlPageKinds": [
      {
        "pattern": "^/[^/]+/(signin|signup|login)(/|$)",
        "kind": "login"
      }
    ]
  },
  {
    "id": "whatsapp",
    "name": "WhatsApp (Meta)",
    "locations": [
      {
        "host": "www.whatsapp.com",
        "pathPrefix": "/records"
      }
    ],
    "urlPageKinds": []
  },
  {
    "id": "paypal",
    "name": "PayPal",
    "locations": [
      {
        "host": "safetyhub.paypalcorp.com"
      }
    ],
    "urlPageKinds": []
  },
  {
    "id": "grab",
    "name": "Grab",
    "locations": [
      {
        "host": "lers.grab.com"
      }
    ],
    "urlPageKinds": []
  },
  {
    "id": "comcast",
    "name": "Comcast (Xfinity)",
    "locations": [
      {
        "host": "lea.comcast.com"
      }
    ],
    "urlPageKinds": []
  },
  {
    "id": "kodex",
    "name": "Kodex portal (provider not identified)",
    "locations": [
      {
        "host": "app.kodexglobal.com"
      },
      {
        "host": "app.kodex.us"
      }
    ],
    "urlPageKinds": [
      {
        "pattern": "^/[^/]+/(signin|signup|login)(/|$)",
        "kind": "login"
      }
    ]
  }
];
