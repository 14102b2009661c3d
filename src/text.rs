//! All human text (ja/en), looked up from ids in one place. Owner: findings work.
