// Songs shared between playlists with Rc; play counts tracked with Cell, counts printed.
use std::cell::Cell;
use std::rc::Rc;

struct Song {
    title: String,
    plays: Cell<u32>,
}

struct Playlist {
    name: String,
    songs: Vec<Rc<Song>>,
}

impl Playlist {
    fn play_all(&self) {
        for s in &self.songs {
            s.plays.set(s.plays.get() + 1);
        }
        println!("played {} ({} songs)", self.name, self.songs.len());
    }
}

fn main() {
    let library: Vec<Rc<Song>> = ["Intro", "Rain", "Echoes"]
        .iter()
        .map(|t| Rc::new(Song { title: t.to_string(), plays: Cell::new(0) }))
        .collect();
    let morning = Playlist { name: "morning".into(), songs: vec![Rc::clone(&library[0]), Rc::clone(&library[1])] };
    let mut evening = Playlist { name: "evening".into(), songs: library.iter().rev().cloned().collect() };
    morning.play_all();
    evening.play_all();
    evening.play_all();
    for s in &library {
        println!("{:<7} plays={} owners={}", s.title, s.plays.get(), Rc::strong_count(s));
    }
    evening.songs.retain(|s| s.title != "Rain");
    drop(morning);
    println!("Rain owners now {}", Rc::strong_count(&library[1]));
    println!("same song: {}", Rc::ptr_eq(&library[2], &evening.songs[0]));
}
