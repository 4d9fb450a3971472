//@ compile-fail
// `Vec<&T>` holds references, so references into a local collected into it keep that local borrowed.
fn firsts<T: Clone + std::fmt::Debug>(rows: &[Vec<T>]) {
    let local = rows.to_vec();
    let heads: Vec<&T> = local.iter().map(|r| &r[0]).collect();
    drop(local); //~ ERROR E0505
    println!("{:?}", heads);
}

fn main() {
    firsts(&[vec![1, 2]]);
}
