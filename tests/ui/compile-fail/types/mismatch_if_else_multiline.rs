//@ compile-fail
// A multi-line `if`/`else` whose branches have different types.
fn main() {
    let stock = 3;
    let label = if stock > 0 {
        let left = stock - 1;
        left
    } else {
        "sold out" //~ ERROR E0308
    };
    println!("{}", label);
}
