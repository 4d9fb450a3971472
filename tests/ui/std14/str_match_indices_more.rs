// match_indices, rmatch_indices, rmatches with chars and closures, find/rfind with closures, char_indices().rev(), byte offsets of multibyte text.
fn main() {
    let s = "abcabcXabc-é-abc";
    println!("{:?}", s.match_indices("abc").collect::<Vec<_>>());
    println!("{:?}", s.rmatch_indices("abc").map(|(i, _)| i).collect::<Vec<_>>());
    println!("{:?}", s.match_indices(|c: char| c.is_uppercase() || c == '-').collect::<Vec<_>>());
    println!("{:?}", s.rmatches(char::is_alphabetic).take(4).collect::<Vec<_>>());
    println!("{:?} {:?}", s.find(|c: char| !c.is_ascii()), s.rfind(|c: char| c == 'a'));
    println!("{:?} {:?}", s.find("é-"), s.find('Z'));
    let rev: Vec<(usize, char)> = "aé€b".char_indices().rev().collect();
    println!("{:?}", rev);
    println!("{:?}", "aé€b".bytes().collect::<Vec<u8>>());
    println!("{}", "aé€b".chars().rev().collect::<String>());
    let count = "aaaa".matches("aa").count();
    let overlapping = (0.."aaaa".len()).filter(|&i| "aaaa"[i..].starts_with("aa")).count();
    println!("{} {}", count, overlapping);
    let csv = "k1=v1;k2=v2;;k3=";
    for part in csv.split(';') {
        match part.split_once('=') {
            Some((k, v)) => println!("{:?} => {:?}", k, v),
            None => println!("skip {:?}", part),
        }
    }
    println!("{:?}", "a.b.c.d".rsplitn(2, '.').collect::<Vec<_>>());
    println!("{:?}", "a.b.c.d".splitn(3, '.').collect::<Vec<_>>());
    println!("{:?}", "a.b.c.d".rsplit_once('.'));
}
