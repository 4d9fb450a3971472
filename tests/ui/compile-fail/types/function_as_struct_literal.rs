//@ compile-fail
// A struct literal naming a function.
fn config() -> u32 {
    1
}

fn main() {
    let c = config { level: 2 }; //~ ERROR E0574
    println!("{}", config());
}
