//@ compile-fail
// `use<'a>` captures 'a: the caller may not mutate the 'a argument while the result lives.
fn adder<'a, 'b>(x: &'a i32, y: &'b i32) -> impl Fn() -> i32 + use<'a> {
    let k = *y;
    move || *x + k
}

fn main() {
    let mut a = 1;
    let b = 2;
    let g = adder(&a, &b);
    a += 1; //~ ERROR E0506
    println!("{} {}", g(), a);
}
