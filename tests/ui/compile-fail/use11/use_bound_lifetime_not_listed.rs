//@ compile-fail
// A lifetime named in the `impl Trait`'s bounds is captured, so `use<..>` must list it.
fn pick<'a, 'b>(x: &'a [i32], _y: &'b i32) -> impl Iterator<Item = &'a i32> + use<'b> { //~ ERROR not mentioned in `use<...>`
    x.iter()
}

fn main() {
    let v = vec![1];
    for x in pick(&v, &2) {
        println!("{}", x);
    }
}
