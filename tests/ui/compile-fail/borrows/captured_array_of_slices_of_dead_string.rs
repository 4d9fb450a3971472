//@ compile-fail
// the captured array holds borrows of a local String: copying them out keeps that String borrowed
fn order() -> Vec<usize> { vec![0] }
fn main() {
    let picked: Vec<&str>;
    {
        let owned = String::from("solo");
        let names = [owned.as_str()]; //~ ERROR E0597
        picked = order().iter().map(|&i| names[i]).collect();
    }
    println!("{:?}", picked);
}
