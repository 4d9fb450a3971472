// `use<'a>` captures only 'a: the second argument may die before the result is used.
fn adder<'a>(x: &'a i32, y: &i32) -> impl Fn() -> i32 + use<'a> {
    let k = *y;
    move || *x + k
}

fn main() {
    let a = 1;
    let g;
    {
        let b = 2;
        g = adder(&a, &b);
    }
    println!("{}", g());
}
