import guideCss from './guide.css?inline';

/** The guide panel's width and its collapsed tab's, in CSS pixels (components/guide.css; public/guide-space*.css). */
export const GUIDE_WIDTH = 340;
export const TAB_WIDTH = 34;

/** Styles of the in-page guide, for its shadow root (components/guide.css, minified by the build). */
export const GUIDE_CSS: string = guideCss;
