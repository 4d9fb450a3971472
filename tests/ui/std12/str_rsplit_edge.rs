// Splitting edge cases: rsplit(""), split_inclusive(""), split_inclusive on lines, rsplit_terminator, splitn(0/1), rsplitn.
fn main() {
    println!("{:?}", "abc".rsplit("").collect::<Vec<_>>());
    println!("{:?}", "abc".split_inclusive("").collect::<Vec<_>>());
    println!("{:?}", "".split("").collect::<Vec<_>>());
    println!("{:?}", "".rsplit("").collect::<Vec<_>>());
    println!("{:?}", "é€".split("").collect::<Vec<_>>());
    println!("{:?}", "one\ntwo\n\nthree\n".split_inclusive('\n').collect::<Vec<_>>());
    println!("{:?}", "a.b.c.".rsplit_terminator('.').collect::<Vec<_>>());
    println!("{:?}", "a.b.c".split_terminator('.').collect::<Vec<_>>());
    println!("{:?}", "a,b,c".splitn(0, ',').collect::<Vec<_>>());
    println!("{:?}", "a,b,c".splitn(1, ',').collect::<Vec<_>>());
    println!("{:?}", "a,b,c".splitn(5, ',').collect::<Vec<_>>());
    println!("{:?}", "a,b,c".rsplitn(2, ',').collect::<Vec<_>>());
    println!("{:?}", "a,b,c".rsplitn(1, ',').collect::<Vec<_>>());
    println!("{:?}", ",,".split(',').collect::<Vec<_>>());
    println!("{:?}", ",,".rsplit(',').collect::<Vec<_>>());
    println!("{:?}", "aXbYc".split(char::is_uppercase).rev().collect::<Vec<_>>());
    println!("{:?}", "a--b----c".split("--").collect::<Vec<_>>());
    println!("{:?}", "a--b----c".rsplit("--").collect::<Vec<_>>());
    println!("{:?}", "aaaa".split("aa").collect::<Vec<_>>());
    println!("{:?}", "k1=v1;k2=v2;".split_terminator(';').map(|kv| kv.split_once('=')).collect::<Vec<_>>());
    let mut it = "x y z".split(' ');
    println!("{:?} {:?}", it.next_back(), it.next());
    println!("{:?}", it.collect::<Vec<_>>());
}
