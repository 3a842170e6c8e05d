-- 0007: ux_dat_entry_dat_game_rom (dat_id, game_name, rom_name) already serves every lookup that
-- ix_dat_entry_dat_game (dat_id, game_name) did; one index less to maintain on every imported ROM.

DROP INDEX IF EXISTS ix_dat_entry_dat_game;
