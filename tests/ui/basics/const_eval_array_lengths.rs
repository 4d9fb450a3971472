// Array lengths computed by `const fn`s (loops, `if`, locals), associated and chained constants.
const fn triangle(n: usize) -> usize {
    let mut total = 0;
    let mut i = 1;
    while i <= n {
        total += i;
        i += 1;
    }
    total
}
const fn clamp(x: usize, hi: usize) -> usize {
    if x > hi { hi } else { x }
}
const ROWS: usize = COLS / 2 + 1;
const COLS: usize = triangle(3);
struct Board;
impl Board {
    const SIDE: usize = 2;
    const AREA: usize = Self::SIDE * Self::SIDE;
}
trait Sized2 {
    const LEN: usize;
}
impl Sized2 for u8 {
    const LEN: usize = 7;
}
fn main() {
    let a = [0u8; triangle(4)];
    let b = [1i32; ROWS * COLS];
    let c = [2u16; Board::AREA + clamp(100, 3)];
    let d = [3u8; <u8 as Sized2>::LEN];
    let e = [4u8; u8::MAX as usize - 250];
    let f = [5u8; (1 << 3) % 5];
    println!("{} {} {} {} {} {}", a.len(), b.len(), c.len(), d.len(), e.len(), f.len());
}
