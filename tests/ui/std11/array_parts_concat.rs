// concat() of arrays (std's Concat for [V] where V: Borrow<[T]>): one exact allocation, the parts cloned.
fn main() {
    let grid = [[1, 2, 3], [4, 5, 6]];
    let flat = grid.concat();
    println!("{:?} len {} cap {}", flat, flat.len(), flat.capacity());
    let names = [[String::from("a"), String::from("b")], [String::from("c"), String::from("d")]];
    let all: Vec<String> = names.concat();
    println!("{:?} {:?}", all, names[1]);
    let empty: [[u8; 0]; 3] = [[], [], []];
    let none = empty.concat();
    println!("{:?} {}", none, none.capacity());
    let rows = vec![[1.5f64, 2.5], [3.5, 4.5], [5.5, 6.5]];
    let sum: f64 = rows.concat().iter().sum();
    println!("{}", sum);
    let pairs = [[('a', 1)], [('b', 2)]];
    println!("{:?}", pairs.concat());
    let words = [["x", "y"], ["z", "w"]];
    println!("{:?}", words.concat().join("-"));
}
