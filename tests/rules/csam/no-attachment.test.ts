import { describe, expect, it } from 'vitest';
import noAttachment, { isImageOrVideo } from '../../../rules/csam/no-attachment';
import { check, field, snapshot } from '../helpers';

const flag = field({ role: 'child-safety-flag', kind: 'checkbox', checked: true });
const upload = (name: string, type: string) => field({ role: 'file-upload', kind: 'file', files: [{ name, type, size: 100 }] });

describe('csam/no-attachment', () => {
  it.each([
    ['photo.jpg', 'image/jpeg'],
    ['clip.mp4', 'video/mp4'],
    ['IMG_0001.HEIC', ''],
    ['screen.png', 'application/octet-stream'],
  ])('is an error for %s on a child-safety request', (name, type) => {
    expect(check(noAttachment, snapshot('legal-process', [flag, upload(name, type)])).map((f) => f.severity)).toEqual(['error']);
  });
  it.each([
    ['warrant.pdf', 'application/pdf'],
    ['hashes.txt', 'text/plain'],
  ])('allows %s', (name, type) => {
    expect(check(noAttachment, snapshot('legal-process', [flag, upload(name, type)]))).toEqual([]);
  });
  it('does not fire on requests that are not about child safety', () => {
    expect(check(noAttachment, snapshot('legal-process', [upload('photo.jpg', 'image/jpeg')]))).toEqual([]);
  });
  it('knows media by type or extension', () => {
    expect(isImageOrVideo({ name: 'a.webm', type: '' })).toBe(true);
    expect(isImageOrVideo({ name: 'a.docx', type: '' })).toBe(false);
  });
});
