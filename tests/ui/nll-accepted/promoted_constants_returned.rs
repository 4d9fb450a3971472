// Rvalue promotion: `&-1`, `&CONST`, `&[1, 2, 3]`, `&Some(3)`, tuple-struct and tuple literals are `&'static`.
#[derive(Clone, Copy, Debug)]
struct P(i32, i32);
const LIMIT: u32 = 10 * 2;
fn a() -> &'static i32 { &-1 }
fn b() -> &'static u32 { &LIMIT }
fn c() -> &'static [i32] { &[1, 2, 3] }
fn d() -> &'static Option<i32> { &Some(3) }
fn e() -> &'static P { &P(1, 2) }
fn f() -> &'static (i32, char) { &(1, 'a') }
fn g() -> &'static [u8; 4] { &[0; 4] }
fn h() -> &'static bool { &!true }
fn main() {
    println!("{} {} {:?} {:?} {:?} {:?} {:?} {}", a(), b(), c(), d(), e(), f(), g(), h());
}
