// A playlist editor removes tracks by position; an off-by-one removal after a shrink panics with Vec::remove's message.
#[derive(Debug)]
struct Track {
    title: String,
    secs: u32,
}

fn total(list: &[Track]) -> String {
    let s: u32 = list.iter().map(|t| t.secs).sum();
    format!("{}:{:02}", s / 60, s % 60)
}

fn main() {
    let mut list: Vec<Track> = [("Intro", 95), ("Rain", 241), ("Tides", 187), ("Outro", 60)]
        .iter()
        .map(|&(t, s)| Track { title: t.to_string(), secs: s })
        .collect();
    println!("{} tracks, {}", list.len(), total(&list));
    let removals = [0, 2, 1, 2];
    for pos in removals {
        println!("removing position {} of {}", pos, list.len());
        let t = list.remove(pos);
        println!("  removed {:?} ({}s), left {}", t.title, t.secs, total(&list));
    }
    println!("done: {:?}", list);
}
