//@ compile-fail
// a byte of the grid compared with a char literal
fn main() {
    let row = "..#.#";
    let bytes = row.as_bytes();
    let walls = (0..bytes.len()).filter(|&i| bytes[i] == '#').count(); //~ ERROR E0308
    println!("{walls}");
}
