// A borrow created in a loop ends at its last use inside the iteration.
fn main() {
    let mut total = 0;
    let mut names = vec![String::from("a"), String::from("bb")];
    for i in 0..names.len() {
        let name = &names[i];
        total += name.len();
        names[i].push('!');
    }
    println!("{} {:?}", total, names);
}
