// `Formatter::debug_set` and `debug_list` with `entries` over iterators (owned and borrowed items), `entry`, and `{:#?}`.
use std::fmt;
struct Bits(u32);
impl fmt::Debug for Bits {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_set().entries((0..32).filter(|i| self.0 >> i & 1 == 1)).finish()
    }
}
struct Words(Vec<String>);
impl fmt::Debug for Words {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(self.0.iter()).entry(&"end").finish()
    }
}
struct Empty;
impl fmt::Debug for Empty {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { f.debug_set().finish() }
}
fn main() {
    let w = Words(vec![String::from("a"), String::from("b")]);
    println!("{:?} {:?} {:?}", Bits(0b1011), w, Empty);
    println!("{:#?}", Bits(6));
    println!("{:#?}", w);
}
