// clone() of a Vec<String> allocates one buffer plus one per String; moves allocate nothing.
fn main() {
    let v = vec![String::from("alpha"), String::from("beta"), String::from("gamma")];
    let moved = v;
    let copy = moved.clone();
    println!("{} {}", moved.len(), copy.len());
    let moved_again = copy;
    println!("{}", moved_again.concat());
    println!("{}", moved.join("+"));
}
