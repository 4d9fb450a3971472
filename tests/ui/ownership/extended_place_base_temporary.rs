// `let` extends the value under a borrowed place: `&temp()[1..]`, `&temp().field`, `&*Box::new(..)`, also in if/else arms
struct Pair {
    name: String,
    size: usize,
}

fn make(n: usize) -> Pair {
    Pair { name: "x".repeat(n), size: n }
}

fn main() {
    let v = vec![1u8, 2, 3];
    let empty: &[u8] = &[][..];
    let tail: &[u8] = if v.len() > 5 { &v[1..] } else { &[][..] };
    let word = &String::from("hello")[1..];
    let name = &make(3).name;
    let size = &make(2).size;
    let boxed = &*Box::new(41);
    let pick = if v.len() > 1 { &vec![7u8, 8][..] } else { &v[..] };
    let first = &vec![String::from("ab"), String::from("cd")][0];
    println!("{:?} {:?} {} {} {} {} {:?} {}", empty, tail, word, name, size, boxed + 1, pick, first);
}
