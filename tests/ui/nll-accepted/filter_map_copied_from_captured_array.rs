// filter_map copying `&'static str` items out of a captured array with `get(..).copied()`, over a temporary Vec
fn order() -> Vec<usize> { vec![2, 7, 0] }
fn main() {
    let names = ["ant", "bee", "cat"];
    let picked: Vec<&str> = order().iter().filter_map(|&i| names.get(i).copied()).collect();
    println!("{:?}", picked);
}
