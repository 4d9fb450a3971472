// clone_from keeps the destination's buffer: String, Vec<u8>, Vec<String> (prefix cloned in place), a derived Clone struct.
#[derive(Clone, Debug)]
struct Doc {
    title: String,
    tags: Vec<String>,
}

fn main() {
    let mut s = String::with_capacity(32);
    s.push_str("old");
    s.clone_from(&String::from("replacement"));
    println!("{} cap {}", s, s.capacity());
    let mut small = String::from("ab");
    small.clone_from(&String::from("a longer text"));
    println!("{} cap {}", small, small.capacity());
    let mut v: Vec<u8> = vec![1, 2, 3, 4, 5, 6];
    v.clone_from(&vec![9, 9]);
    println!("{:?} cap {}", v, v.capacity());
    let mut names = vec![String::from("x"), String::from("yyyyyyyy")];
    let src = vec![String::from("abc"), String::from("d"), String::from("efgh")];
    names.clone_from(&src);
    println!("{:?} {:?} cap {}", names, names.iter().map(|n| n.capacity()).collect::<Vec<_>>(), names.capacity());
    let mut shorter = vec![String::from("keep"), String::from("drop me")];
    shorter.clone_from(&vec![String::from("k")]);
    println!("{:?} cap {} first cap {}", shorter, shorter.capacity(), shorter[0].capacity());
    let mut d = Doc { title: String::from("draft"), tags: vec![String::from("a")] };
    d.clone_from(&Doc { title: String::from("final"), tags: vec![] });
    println!("{:?} {} {}", d, d.title.capacity(), d.tags.capacity());
    let mut words = [String::new(), String::from("zz")];
    words.clone_from_slice(&[String::from("hello"), String::from("w")]);
    println!("{:?} {} {}", words, words[0].capacity(), words[1].capacity());
    let mut nums = vec![3, 1, 4, 1, 5, 9, 2, 6, 5];
    let m = *nums.select_nth_unstable_by(4, |a, b| b.cmp(a)).1;
    println!("{} {:?}", m, nums);
    let m2 = *nums.select_nth_unstable_by_key(0, |x| *x % 4).1;
    println!("{} {:?}", m2, nums);
    let (lo, m3, hi) = nums.select_nth_unstable(8);
    println!("{:?} {} {:?}", lo, m3, hi);
}
