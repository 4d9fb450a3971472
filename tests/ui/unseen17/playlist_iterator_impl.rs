// A playlist class with a Java-style iterator: impl Iterator for a cursor struct, then take, skip, zip, cycle and filter on it.
#[derive(Debug, Clone)]
struct Song {
    title: String,
    seconds: u32,
}

struct Playlist {
    name: String,
    songs: Vec<Song>,
}

#[derive(Clone)]
struct PlaylistIter<'a> {
    playlist: &'a Playlist,
    index: usize,
}

impl<'a> Iterator for PlaylistIter<'a> {
    type Item = &'a Song;

    fn next(&mut self) -> Option<Self::Item> {
        let song = self.playlist.songs.get(self.index)?;
        self.index += 1;
        Some(song)
    }
}

impl Playlist {
    fn new(name: &str) -> Playlist {
        Playlist { name: name.to_string(), songs: Vec::new() }
    }

    fn add(&mut self, title: &str, seconds: u32) {
        self.songs.push(Song { title: title.to_string(), seconds });
    }

    fn iter(&self) -> PlaylistIter {
        PlaylistIter { playlist: self, index: 0 }
    }

    fn total_time(&self) -> String {
        let total: u32 = self.iter().map(|s| s.seconds).sum();
        format!("{}:{:02}", total / 60, total % 60)
    }
}

fn main() {
    let mut p = Playlist::new("Road trip");
    p.add("Intro", 95);
    p.add("Highway", 241);
    p.add("Rest stop", 180);
    p.add("Night drive", 305);
    p.add("Home", 200);

    println!("{} ({} songs, {})", p.name, p.songs.len(), p.total_time());
    for (i, s) in p.iter().enumerate() {
        println!("{:>2}. {:<12} {}:{:02}", i + 1, s.title, s.seconds / 60, s.seconds % 60);
    }
    let first_two: Vec<&str> = p.iter().take(2).map(|s| s.title.as_str()).collect();
    println!("first two: {:?}", first_two);
    let long: Vec<&String> = p.iter().filter(|s| s.seconds > 200).map(|s| &s.title).collect();
    println!("long: {:?}", long);
    let pairs: Vec<String> = p.iter().zip(p.iter().skip(1)).map(|(a, b)| format!("{}->{}", a.title, b.title)).collect();
    println!("transitions: {}", pairs.join(", "));
    let shuffled: Vec<&str> = p.iter().cycle().step_by(3).take(5).map(|s| s.title.as_str()).collect();
    println!("every third, looping: {:?}", shuffled);
    let longest = p.iter().max_by_key(|s| s.seconds).map(|s| s.title.clone()).unwrap_or_default();
    println!("longest: {}", longest);
    let mut empty = Playlist::new("empty");
    println!("{} has {} songs, {}", empty.name, empty.iter().count(), empty.total_time());
    empty.add("Solo", 5);
    println!("{}: {:?}", empty.name, empty.iter().next());
}
