// Borrow first, consume last: `into_iter` after the shared loops are finished.
fn main() {
    let names = vec![String::from("x"), String::from("yy")];
    for n in &names {
        println!("{}", n);
    }
    let total: usize = names.iter().map(|n| n.len()).sum();
    println!("{}", total);
    let upper: Vec<String> = names.into_iter().map(|n| n.to_uppercase()).collect();
    println!("{:?}", upper);
}
