// let-else: bind on success, otherwise diverge from the else block.
fn parse_pair(s: &str) -> Option<(i32, i32)> {
    let Some((a, b)) = s.split_once(',') else {
        println!("no comma in {s:?}");
        return None;
    };
    let Ok(a) = a.trim().parse::<i32>() else {
        println!("bad left side {a:?}");
        return None;
    };
    let Ok(b) = b.trim().parse::<i32>() else {
        return None;
    };
    Some((a, b))
}

fn main() {
    println!("{:?}", parse_pair("3, 4"));
    println!("{:?}", parse_pair("34"));
    println!("{:?}", parse_pair("x,4"));
    println!("{:?}", parse_pair("3,y"));
}
