// Array repeats that need no Copy: a const item repeated (each element a fresh constant) and a count of 1.
const EMPTY: Option<Box<u32>> = None;
const NOBODY: Vec<String> = Vec::new();

fn main() {
    let mut slots: [Option<Box<u32>>; 5] = [EMPTY; 5];
    slots[2] = Some(Box::new(7));
    let filled = slots.iter().filter(|s| s.is_some()).count();
    let mut lists = [NOBODY; 3];
    lists[0].push("a".to_string());
    lists[2].push("c".to_string());
    let one = [String::from("only"); 1];
    println!("{} {:?} {:?}", filled, lists, one);
    let copies = [Some(3u8); 4];
    println!("{:?}", copies);
}
