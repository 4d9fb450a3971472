// split() collected into Vec<&str> and into Vec<String> through map.
fn main() {
    let s = "a b";
    let v: Vec<&str> = s.split(' ').collect();
    let w: Vec<String> = s.split(' ').map(String::from).collect();
    let c: char = s.chars().nth(0).unwrap();
    println!("{:?} {:?} {}", v, w, c);
}
