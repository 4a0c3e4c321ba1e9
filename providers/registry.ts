import type { Provider } from './schema';
import { entryForUrl } from './portal-match';
import meta from './meta';
import google from './google';
import snap from './snap';
import x from './x';
import zoom from './zoom';
import microsoft from './microsoft';
import apple from './apple';
import uber from './uber';
import airbnb from './airbnb';
import amazon from './amazon';
import yahoo from './yahoo';
import tiktok from './tiktok';
import discord from './discord';
import pinterest from './pinterest';
import reddit from './reddit';
import roblox from './roblox';
import coinbase from './coinbase';
import binance from './binance';
import linkedin from './linkedin';
import kik from './kik';
import okx from './okx';
import whatsapp from './whatsapp';
import telegram from './telegram';
import dropbox from './dropbox';
import lyft from './lyft';
import cloudflare from './cloudflare';
import github from './github';
import twitch from './twitch';
import signal from './signal';
import yubo from './yubo';
import slack from './slack';
import tumblr from './tumblr';
import proton from './proton';
import paypal from './paypal';
import kick from './kick';
import gmx from './gmx';
import kraken from './kraken';
import vinted from './vinted';
import line from './line';
import kakao from './kakao';
import mega from './mega';
import ovhcloud from './ovhcloud';
import revolut from './revolut';
import ebay from './ebay';
import allegro from './allegro';
import olx from './olx';
import bolt from './bolt';
import wallapop from './wallapop';
import marktplaats from './marktplaats';
import blocket from './blocket';
import subito from './subito';
import seznam from './seznam';
import bitvavo from './bitvavo';
import steam from './steam';
import epicgames from './epicgames';
import playstation from './playstation';
import tinder from './tinder';
import bumble from './bumble';
import badoo from './badoo';
import spotify from './spotify';
import bereal from './bereal';
import grab from './grab';
import shopee from './shopee';
import naver from './naver';
import viber from './viber';
import wechat from './wechat';
import vk from './vk';
import yandex from './yandex';
import mailru from './mailru';
import threema from './threema';
import wire from './wire';
import tuta from './tuta';
import mercadolibre from './mercadolibre';
import nubank from './nubank';
import gcash from './gcash';
import paytm from './paytm';
import mercari from './mercari';
import garena from './garena';
import ola from './ola';
import krafton from './krafton';
import sharechat from './sharechat';
import careem from './careem';
import heetch from './heetch';
import onlyfans from './onlyfans';
import patreon from './patreon';
import aylo from './aylo';
import grindr from './grindr';
import hinge from './hinge';
import jodel from './jodel';
import quora from './quora';
import nextdoor from './nextdoor';
import bluesky from './bluesky';
import vimeo from './vimeo';
import mailfence from './mailfence';
import posteo from './posteo';
import zoho from './zoho';
import fastmail from './fastmail';
import ionos from './ionos';
import hetzner from './hetzner';
import digitalocean from './digitalocean';
import godaddy from './godaddy';
import namecheap from './namecheap';
import verizon from './verizon';
import comcast from './comcast';
import videotron from './videotron';
import bunq from './bunq';
import tradera from './tradera';
import finn from './finn';
import jottacloud from './jottacloud';
import deliveroo from './deliveroo';
import ukrnet from './ukrnet';
import abv from './abv';
import whitebit from './whitebit';
import cashapp from './cashapp';
import wise from './wise';
import cryptocom from './cryptocom';
import bybit from './bybit';
import kucoin from './kucoin';
import gemini from './gemini';
import bitpanda from './bitpanda';
import skrill from './skrill';
import n26 from './n26';
import monzo from './monzo';
import bol from './bol';
import kleinanzeigen from './kleinanzeigen';
import depop from './depop';
import poshmark from './poshmark';
import kofi from './kofi';
import leboncoin from './leboncoin';
import booking from './booking';
import etsy from './etsy';
import nintendo from './nintendo';
import riotgames from './riotgames';
import stripe from './stripe';
import klarna from './klarna';
import wetransfer from './wetransfer';
import truecaller from './truecaller';
import blablacar from './blablacar';
import tonline from './tonline';
import free from './free';
import onet from './onet';
import interia from './interia';
import trademe from './trademe';
import gumtree from './gumtree';
import sahibinden from './sahibinden';
import rappi from './rappi';
import skroutz from './skroutz';
import kodex from './kodex';

/** Every provider QuickFreeze knows. */
export const providers: readonly Provider[] = [
  meta,
  google,
  snap,
  x,
  zoom,
  microsoft,
  apple,
  uber,
  airbnb,
  amazon,
  yahoo,
  tiktok,
  discord,
  pinterest,
  reddit,
  roblox,
  coinbase,
  binance,
  linkedin,
  kik,
  okx,
  whatsapp,
  telegram,
  dropbox,
  lyft,
  cloudflare,
  github,
  twitch,
  signal,
  yubo,
  slack,
  tumblr,
  proton,
  paypal,
  kick,
  gmx,
  kraken,
  vinted,
  line,
  kakao,
  mega,
  ovhcloud,
  revolut,
  ebay,
  allegro,
  olx,
  bolt,
  wallapop,
  marktplaats,
  blocket,
  subito,
  seznam,
  bitvavo,
  steam,
  epicgames,
  playstation,
  tinder,
  bumble,
  badoo,
  spotify,
  bereal,
  grab,
  shopee,
  naver,
  viber,
  wechat,
  vk,
  yandex,
  mailru,
  threema,
  wire,
  tuta,
  mercadolibre,
  nubank,
  gcash,
  paytm,
  mercari,
  garena,
  ola,
  krafton,
  sharechat,
  careem,
  heetch,
  onlyfans,
  patreon,
  aylo,
  grindr,
  hinge,
  jodel,
  quora,
  nextdoor,
  bluesky,
  vimeo,
  mailfence,
  posteo,
  zoho,
  fastmail,
  ionos,
  hetzner,
  digitalocean,
  godaddy,
  namecheap,
  verizon,
  comcast,
  videotron,
  bunq,
  tradera,
  finn,
  jottacloud,
  deliveroo,
  ukrnet,
  abv,
  whitebit,
  cashapp,
  wise,
  cryptocom,
  bybit,
  kucoin,
  gemini,
  bitpanda,
  skrill,
  n26,
  monzo,
  bol,
  kleinanzeigen,
  depop,
  poshmark,
  kofi,
  leboncoin,
  booking,
  etsy,
  nintendo,
  riotgames,
  stripe,
  klarna,
  wetransfer,
  truecaller,
  blablacar,
  tonline,
  free,
  onet,
  interia,
  trademe,
  gumtree,
  sahibinden,
  rappi,
  skroutz,
  kodex,
] as Provider[];

const byId = new Map(providers.map((p) => [p.id, p]));

export function providerById(id: string): Provider | undefined {
  return byId.get(id);
}

/**
 * The provider whose portal serves this URL, or null. A Kodex tenant claimed by a provider file belongs to that
 * provider; the rest of a Kodex host belongs to the generic `kodex` entry.
 */
export function providerForUrl(url: string | URL): Provider | null {
  return entryForUrl(providers, (p) => p.portal.value, url);
}

/** The refined-github-style predicate: is this URL on this provider's portal? */
export function isProviderPortal(provider: Provider, url: string | URL): boolean {
  return providerForUrl(url)?.id === provider.id;
}
