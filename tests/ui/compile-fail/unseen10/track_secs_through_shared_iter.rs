//@ compile-fail
// Each track is lengthened inside a for loop over &list, whose items are shared references.
struct Track {
    title: String,
    secs: u32,
}

fn main() {
    let mut list = vec![Track { title: "Rain".to_string(), secs: 241 }, Track { title: "Tides".to_string(), secs: 187 }];
    for t in &list {
        t.secs += 10; //~ ERROR E0594
    }
    list.push(Track { title: "Outro".to_string(), secs: 60 });
    println!("{} {}", list[0].title, list[0].secs);
}
