// Generates core/src/test/resources/fmt/ints.tsv: rustc's formatting of integers of every type.
// Run: rustc --edition 2024 -O int_table.rs -o /tmp/int_table && /tmp/int_table > ../resources/fmt/ints.tsv
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

macro_rules! line {
    ($t:ty, $v:expr) => {{
        let v: $t = $v;
        println!("{}\t{}\t{:x}\t{:X}\t{:o}\t{:b}\t{:#x}\t{:+08}\t{:e}\t{:.1e}\t{:#012b}\t{:^+9}\t{:#X?}\t{:<#7o}\t{:E}",
            stringify!($t), v, v, v, v, v, v, v, v, v, v, v, v, v, v);
    }};
}

macro_rules! table {
    ($r:expr, $($t:ty),*) => {$(
        for v in [<$t>::MIN, <$t>::MAX, 0 as $t, 1 as $t, 10 as $t, 100 as $t, 25 as $t, 35 as $t, 95 as $t, 125 as $t] { line!($t, v); }
        for i in 0..40 {
            let raw = $r.next();
            let shift = (i * 7) % 64;
            line!($t, (raw >> shift) as $t);
            line!($t, (((raw >> shift) as u128) << 64 | $r.next() as u128) as $t);
        }
    )*};
}

fn main() {
    let mut r = Rng(0x2545F4914F6CDD1D);
    table!(r, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);
}
