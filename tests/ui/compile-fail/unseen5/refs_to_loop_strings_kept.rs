//@ compile-fail
// References to Strings created inside a loop body are kept in a Vec that outlives them.
fn main() {
    let mut labels: Vec<&String> = Vec::new();
    for i in 0..3 {
        let label = format!("item-{}", i);
        labels.push(&label); //~ ERROR E0597
    }
    println!("{:?}", labels);
}
