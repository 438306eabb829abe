-- Rate limits and login throttles kept in Postgres, shared by every app server (lib/security/rate-limit.ts,
-- lib/auth/login.ts; docs/decisions/0011-least-privilege.md). The app role gets no privilege on the table:
-- it may only count a hit through these functions, atomically (one INSERT … ON CONFLICT DO UPDATE).
REVOKE ALL ON "RateLimitBucket" FROM PUBLIC;

-- p_now is the caller's clock (the app's, so that tests can move it); the app is the only caller.
-- One more hit on `p_key` in a fixed window of p_window_seconds; returns the hits in the current window
-- and when it ends. Expired rows of other keys are swept now and then.
CREATE OR REPLACE FUNCTION app_rate_hit(p_key text, p_window_seconds int, p_now timestamptz)
  RETURNS TABLE (hits int, window_ends_at timestamptz)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
BEGIN
  IF random() < 0.01 THEN
    DELETE FROM "RateLimitBucket" b
     WHERE b."windowEndsAt" < p_now - interval '1 day' AND (b."lockedUntil" IS NULL OR b."lockedUntil" < p_now - interval '1 day');
  END IF;
  RETURN QUERY
  INSERT INTO "RateLimitBucket" AS b ("key", "hits", "windowEndsAt")
  VALUES (p_key, 1, p_now + make_interval(secs => p_window_seconds))
  ON CONFLICT ("key") DO UPDATE SET
    "hits" = CASE WHEN b."windowEndsAt" <= p_now THEN 1 ELSE b."hits" + 1 END,
    "windowEndsAt" = CASE WHEN b."windowEndsAt" <= p_now THEN p_now + make_interval(secs => p_window_seconds) ELSE b."windowEndsAt" END
  RETURNING b."hits", b."windowEndsAt";
END $$;
REVOKE ALL ON FUNCTION app_rate_hit(text, int, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_rate_hit(text, int, timestamptz) TO tdkt_app;

-- A login attempt on a name that has no account, counted exactly as lib/auth/login.ts counts one on a
-- real account (User."failedLoginCount" / "lockedUntil"), so the answers and their timing are the same:
-- while locked, no row is claimed (claimed = 0); otherwise the attempt is counted before any password is
-- checked, and the p_max-th consecutive one locks for p_lock_seconds.
CREATE OR REPLACE FUNCTION app_login_claim(p_key text, p_max int, p_lock_seconds int, p_now timestamptz)
  RETURNS TABLE (claimed int, locked_until timestamptz)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
BEGIN
  INSERT INTO "RateLimitBucket" ("key", "hits", "windowEndsAt") VALUES (p_key, 0, 'infinity')
  ON CONFLICT ("key") DO NOTHING;
  RETURN QUERY
  UPDATE "RateLimitBucket" AS b SET
    "hits" = CASE WHEN b."lockedUntil" IS NOT NULL THEN 1 ELSE b."hits" + 1 END,
    "lockedUntil" = CASE WHEN (CASE WHEN b."lockedUntil" IS NOT NULL THEN 1 ELSE b."hits" + 1 END) >= p_max
                         THEN p_now + make_interval(secs => p_lock_seconds) END
  WHERE b."key" = p_key AND (b."lockedUntil" IS NULL OR b."lockedUntil" <= p_now)
  RETURNING b."hits", b."lockedUntil";
  IF NOT FOUND THEN
    RETURN QUERY SELECT 0, b."lockedUntil" FROM "RateLimitBucket" b WHERE b."key" = p_key;
  END IF;
END $$;
REVOKE ALL ON FUNCTION app_login_claim(text, int, int, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_login_claim(text, int, int, timestamptz) TO tdkt_app;
