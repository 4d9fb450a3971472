// Impl methods naming, renaming or eliding late-bound lifetimes of the trait's, or adding unused ones, are no E0195.
trait P { fn f<'a, 'b>(&self, x: &'a str, y: &'b str) -> &'a str; fn g(&self) -> u32; fn h<'a>(&'a self) -> &'a u32; }
struct S(u32);
impl P for S {
    fn f<'x>(&self, x: &'x str, _y: &str) -> &'x str { x }
    fn g<'a>(&'a self) -> u32 { self.0 }
    fn h(&self) -> &u32 { &self.0 }
}
fn main() { let s = S(1); println!("{} {} {}", s.f("a", "b"), s.g(), s.h()); }
