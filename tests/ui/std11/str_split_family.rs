// &str splitting: split_terminator, rsplit, splitn, rsplitn, split_once, rsplit_once, matches, match_indices.
fn main() {
    let csv = "a,b,,c,";
    println!("{:?}", csv.split(',').collect::<Vec<_>>());
    println!("{:?}", csv.split_terminator(',').collect::<Vec<_>>());
    println!("{:?}", csv.rsplit(',').collect::<Vec<_>>());
    println!("{:?}", csv.splitn(3, ',').collect::<Vec<_>>());
    println!("{:?}", csv.rsplitn(2, ',').collect::<Vec<_>>());
    println!("{:?}", "key=value=more".split_once('='));
    println!("{:?}", "key=value=more".rsplit_once('='));
    println!("{:?}", "novalue".split_once(": "));
    println!("{:?}", "path/to/file.txt".rsplit_once('/'));
    let text = "the cat sat on the mat with the hat";
    println!("{} {:?}", text.matches("the").count(), text.matches("at").collect::<Vec<_>>());
    println!("{:?}", text.match_indices("the").collect::<Vec<_>>());
    println!("{:?}", text.rmatch_indices("at").map(|(i, _)| i).collect::<Vec<_>>());
    println!("{:?}", "a1b22c333".split(|c: char| c.is_ascii_digit()).collect::<Vec<_>>());
    println!("{:?}", "a1b22c333".matches(char::is_numeric).collect::<String>());
    println!("{:?}", "  lots   of   space ".split(' ').filter(|s| !s.is_empty()).collect::<Vec<_>>());
    println!("{:?}", "  lots   of   space ".split_whitespace().rev().collect::<Vec<_>>());
    println!("{:?}", "x--y--z".split("--").collect::<Vec<_>>());
    println!("{:?}", "line1\nline2\r\nline3\n".lines().collect::<Vec<_>>());
    println!("{:?}", "A-B_C".split(['-', '_']).collect::<Vec<_>>());
    println!("{:?}", "A-B_C".split(&['-', '_'][..]).collect::<Vec<_>>());
    let (head, tail) = "hello world".split_at(5);
    println!("{:?} {:?}", head, tail);
    let mut parts = "2024-03-15".split('-').map(|p| p.parse::<u32>().unwrap());
    let (y, m, d) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
    println!("{} {} {}", y, m, d);
    println!("{:?}", "abc".split("").collect::<Vec<_>>());
    println!("{:?}", "".split(',').collect::<Vec<_>>());
}
