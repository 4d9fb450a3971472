//@ compile-fail
// A `let ... else` whose block prints and falls through (E0308).
fn main() {
    let opt: Option<u32> = None;
    let Some(x) = opt else { //~ ERROR E0308
        println!("none");
    };
    println!("{x}");
}
