import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { AddedPortal } from '../../storage/added-portals';
import { releasePortalOrigins } from '../../storage/added-portals-store';

const portal = (host: string) => ({ host }) as AddedPortal;
type Manifest = ReturnType<typeof fakeBrowser.runtime.getManifest>;

describe('releasePortalOrigins: a registry host is never given back, in either manifest version', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
  });

  it('Manifest V3: the registry hosts are host_permissions', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, host_permissions: ['https://app.kodexglobal.com/*'] } as unknown as Manifest);
    await releasePortalOrigins([portal('app.kodexglobal.com'), portal('lers.typed.test')], []);
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://lers.typed.test/*'] });
  });

  it('Manifest V2 (Firefox): the registry hosts are among permissions, so a removed Kodex tenant keeps app.kodexglobal.com', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 2, permissions: ['storage', 'https://app.kodexglobal.com/*'] } as unknown as Manifest);
    await releasePortalOrigins([portal('app.kodexglobal.com')], []);
    expect(fakeBrowser.permissions.remove).not.toHaveBeenCalled();
    await releasePortalOrigins([portal('app.kodexglobal.com'), portal('lers.typed.test')], []);
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://lers.typed.test/*'] });
  });
});
