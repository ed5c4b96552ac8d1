// Why an episode's audio stopped or never started, in words the leader can act on.

export function mediaErrorText(error: MediaError | null): string | null {
  switch (error?.code) {
    case undefined:
    case MediaError.MEDIA_ERR_ABORTED:
      return null;
    case MediaError.MEDIA_ERR_NETWORK:
      return 'the connection dropped while it played. Try again; a downloaded episode plays without one.';
    case MediaError.MEDIA_ERR_DECODE:
      return 'its audio file is damaged or in a format Fulcrum cannot play.';
    default:
      return 'its audio could not be reached, or is in a format Fulcrum cannot play. Offline, only downloaded episodes play.';
  }
}
