// Slice searching: contains, starts_with/ends_with, position/rposition, iter().rev().position, binary_search(_by, _by_key), partition_point.
fn main() {
    let v = [1, 3, 5, 7, 9, 11];
    println!("{} {}", v.contains(&7), v.contains(&8));
    println!("{} {} {}", v.starts_with(&[1, 3]), v.ends_with(&[11]), v.starts_with(&[]));
    println!("{:?} {:?}", v.iter().position(|&x| x > 4), v.iter().rposition(|&x| x < 8));
    println!("{:?}", v.iter().rev().position(|&x| x < 8));
    println!("{:?} {:?}", v.binary_search(&7), v.binary_search(&8));
    println!("{:?} {:?}", v.binary_search(&0), v.binary_search(&100));
    let dups = [1, 2, 2, 2, 3];
    let r = dups.binary_search(&2);
    println!("{}", r.is_ok());
    let people = [("ann", 20), ("bob", 25), ("cyd", 31), ("dee", 40)];
    println!("{:?}", people.binary_search_by_key(&31, |&(_, age)| age));
    println!("{:?}", people.binary_search_by_key(&30, |&(_, age)| age));
    println!("{:?}", people.binary_search_by(|p| p.0.cmp("bob")));
    let idx = v.partition_point(|&x| x < 6);
    println!("{} {:?}", idx, &v[idx..]);
    println!("{} {}", v.partition_point(|_| true), v.partition_point(|_| false));
    let mut sorted = vec![10, 20, 30];
    for x in [25, 5, 35, 20] {
        let pos = sorted.binary_search(&x).unwrap_or_else(|e| e);
        sorted.insert(pos, x);
    }
    println!("{:?} cap {}", sorted, sorted.capacity());
    let strs = vec![String::from("a"), String::from("b")];
    println!("{}", strs.contains(&String::from("b")));
    println!("{}", strs.iter().any(|s| s == "a"));
    let words = ["apple", "banana", "cherry"];
    println!("{:?}", words.iter().position(|w| w.starts_with('b')));
    println!("{:?}", words.binary_search(&"cherry"));
}
