import { Button } from '@mantine/core';
import classes from './SkipLink.module.css';

export const mainContentId = 'main-content';

/** Lets keyboard users jump past the header and navigation. */
export function SkipLink() {
  return (
    <Button component="a" href={`#${mainContentId}`} className={classes.skipLink}>
      Skip to main content
    </Button>
  );
}
