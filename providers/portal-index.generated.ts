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
    "id": "telegram",
    "name": "Telegram",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "dropbox",
    "name": "Dropbox",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "lyft",
    "name": "Lyft",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "cloudflare",
    "name": "Cloudflare",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "github",
    "name": "GitHub",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "twitch",
    "name": "Twitch",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "signal",
    "name": "Signal",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "yubo",
    "name": "Yubo",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "slack",
    "name": "Slack",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "tumblr",
    "name": "Tumblr",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "proton",
    "name": "Proton",
    "locations": [],
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
    "id": "kick",
    "name": "Kick",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "gmx",
    "name": "GMX",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "kraken",
    "name": "Kraken",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "vinted",
    "name": "Vinted",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "line",
    "name": "LINE",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "kakao",
    "name": "Kakao",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "mega",
    "name": "MEGA",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "ovhcloud",
    "name": "OVHcloud",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "revolut",
    "name": "Revolut",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "ebay",
    "name": "eBay",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "allegro",
    "name": "Allegro",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "olx",
    "name": "OLX",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "bolt",
    "name": "Bolt",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "wallapop",
    "name": "Wallapop",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "marktplaats",
    "name": "Marktplaats",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "blocket",
    "name": "Blocket",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "subito",
    "name": "Subito",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "seznam",
    "name": "Seznam.cz",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "bitvavo",
    "name": "Bitvavo",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "steam",
    "name": "Steam (Valve)",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "epicgames",
    "name": "Epic Games",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "playstation",
    "name": "PlayStation Network (Sony Interactive Entertainment)",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "tinder",
    "name": "Tinder (Match Group)",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "bumble",
    "name": "Bumble",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "badoo",
    "name": "Badoo",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "spotify",
    "name": "Spotify",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "bereal",
    "name": "BeReal",
    "locations": [],
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
    "id": "shopee",
    "name": "Shopee",
    "locations": [],
    "urlPageKinds": []
  },
  {
    "id": "naver",
    "name": "Naver",
    "locations": [],
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
