//@ compile-fail
// `use<'a>` does not capture 'b: returning a closure over the 'b argument is E0700.
fn adder<'a, 'b>(x: &'a i32, y: &'b i32) -> impl Fn() -> i32 + use<'a> {
    let _ = x;
    move || *y //~ ERROR E0700
}

fn main() {
    println!("{}", adder(&1, &2)());
}
