//@ compile-fail
// `Cfg::LIMIT` where no impl defines `LIMIT`.
struct Cfg;
impl Cfg {
    const SIZE: u32 = 4;
}
fn main() {
    println!("{}", Cfg::LIMIT + Cfg::SIZE); //~ ERROR E0599
}
