//@ compile-fail
// items copied through a captured `&Vec<&str>` borrow the String two levels down: it cannot be moved
fn order() -> Vec<usize> { vec![1, 0] }
fn main() {
    let text = String::from("a b");
    let words: Vec<&str> = text.split(' ').collect();
    let w = &words;
    let picked: Vec<&str> = order().iter().map(|&i| w[i]).collect();
    drop(text); //~ ERROR E0505
    println!("{:?}", picked);
}
