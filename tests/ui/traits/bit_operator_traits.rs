// User impls of BitAnd/BitOr/BitXor/Shl/Shr and their *Assign forms, and a generic fn bounded by them.
use std::ops::{BitAnd, BitAndAssign, BitOr, BitOrAssign, BitXor, BitXorAssign, Shl, ShlAssign, Shr, ShrAssign};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Flags(u8);

impl BitAnd for Flags {
    type Output = Flags;
    fn bitand(self, o: Flags) -> Flags { Flags(self.0 & o.0) }
}
impl BitOr for Flags {
    type Output = Flags;
    fn bitor(self, o: Flags) -> Flags { Flags(self.0 | o.0) }
}
impl BitXor for Flags {
    type Output = Flags;
    fn bitxor(self, o: Flags) -> Flags { Flags(self.0 ^ o.0) }
}
impl Shl<u32> for Flags {
    type Output = Flags;
    fn shl(self, n: u32) -> Flags { Flags(self.0 << n) }
}
impl Shr<u32> for Flags {
    type Output = Flags;
    fn shr(self, n: u32) -> Flags { Flags(self.0 >> n) }
}
impl BitAndAssign for Flags {
    fn bitand_assign(&mut self, o: Flags) { self.0 &= o.0; }
}
impl BitOrAssign for Flags {
    fn bitor_assign(&mut self, o: Flags) { self.0 |= o.0; }
}
impl BitXorAssign for Flags {
    fn bitxor_assign(&mut self, o: Flags) { self.0 ^= o.0; }
}
impl ShlAssign<u32> for Flags {
    fn shl_assign(&mut self, n: u32) { self.0 <<= n; }
}
impl ShrAssign<u32> for Flags {
    fn shr_assign(&mut self, n: u32) { self.0 >>= n; }
}

fn merge<T: BitOr<Output = T> + BitAnd<Output = T> + Copy>(a: T, b: T, mask: T) -> T {
    (a | b) & mask
}

fn main() {
    let a = Flags(0b1010);
    let b = Flags(0b0110);
    println!("{:?} {:?} {:?}", a & b, a | b, a ^ b);
    println!("{:?} {:?}", a << 2, a >> 1);
    let mut f = Flags(1);
    f |= Flags(4);
    f <<= 1;
    f ^= Flags(0xff);
    f &= Flags(0x0f);
    f >>= 2;
    println!("{:?}", f);
    println!("{} {} {:?}", merge(0b1100u8, 0b0011, 0b0110), merge(7u32, 8, 12), merge(a, b, Flags(0b0100)));
    println!("{}", merge(true, false, true));
}
