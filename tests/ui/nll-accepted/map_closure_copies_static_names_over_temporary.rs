// A `map` closure copying `&'static str` items out of a captured array: the collected Vec does not borrow the
// temporary index Vec being iterated, nor the array.
fn path_to(v: usize) -> Vec<usize> {
    (0..=v).rev().collect()
}

fn main() {
    let names = ["depot", "mill", "bridge"];
    let route: Vec<&str> = path_to(2).iter().map(|&i| names[i]).collect();
    println!("{}", route.join(" -> "));
}
